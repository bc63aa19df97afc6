import { Module } from '@nestjs/common';
import { UploadAccess } from './upload-access.js';
import { UploadController } from './uploads.controller.js';
import { UploadsRepository } from './uploads.repository.js';
import { UploadService } from './uploads.service.js';

/** Photos and signatures in storage (local disk or S3); who reads them is decided by what they are attached to. */
@Module({
  controllers: [UploadController],
  providers: [UploadsRepository, UploadService, UploadAccess],
  exports: [UploadService, UploadAccess],
})
export class UploadsModule {}
